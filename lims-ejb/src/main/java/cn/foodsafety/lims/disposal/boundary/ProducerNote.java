package cn.foodsafety.lims.disposal.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the producer's regulator records on a case handled elsewhere. */
public record ProducerNote(
    @NotBlank(message = "{lims.field.required}")
        @Size(max = 2000, message = "{lims.field.tooLong}")
        @Schema(example = "已约谈生产企业负责人")
        String note) {}

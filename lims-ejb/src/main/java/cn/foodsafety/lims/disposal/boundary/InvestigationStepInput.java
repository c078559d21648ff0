package cn.foodsafety.lims.disposal.boundary;

import cn.foodsafety.lims.disposal.entity.InvestigationStep;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A step of a producer investigation: its kind, date and text (the finding, the measures taken, the
 * summary; not needed for RECEIVED).
 */
@Schema(name = "InvestigationStepInput")
public record InvestigationStepInput(
    InvestigationStep step,
    LocalDate date,
    @Size(max = 2000, message = "{lims.field.tooLong}") @Schema(example = "生产企业原料验收记录不全，已责令整改")
        String note) {}

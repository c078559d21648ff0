package cn.foodsafety.lims.disposal.boundary;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The result delivered to the producer (where it is another business than the operator). */
@Schema(name = "ProducerDelivery")
public record ProducerDelivery(
    @Size(max = 200, message = "{lims.field.tooLong}") @Schema(example = "郑州某某食品有限公司")
        String deliveredTo,
    LocalDate deliveredOn) {}

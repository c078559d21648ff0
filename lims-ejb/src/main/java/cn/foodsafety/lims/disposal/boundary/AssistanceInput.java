package cn.foodsafety.lims.disposal.boundary;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The cross-region assistance request (协查函) for a producer outside the city: to whom and when it
 * was sent; the answer and its date once it came (both or neither, the answer not before sending).
 */
@Schema(name = "AssistanceInput")
public record AssistanceInput(
    @Size(max = 200, message = "{lims.field.tooLong}") @Schema(example = "上海市浦东新区市场监督管理局")
        String to,
    LocalDate sentOn,
    @Size(max = 2000, message = "{lims.field.tooLong}") @Schema(example = "已核查生产企业，责令召回")
        String answer,
    LocalDate answeredOn) {}

package cn.foodsafety.lims.sampling.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The sample handed to the carrier: when ({@code shippedAt}, ISO date-time), how ({@code method},
 * e.g. "冷链专车"), and the temperature in °C for chilled and frozen samples.
 */
public record Shipment(
    @Schema(format = "date-time", example = "2026-03-02T15:00:00+08:00") String shippedAt,
    @NotBlank(message = "{lims.field.required}")
        @Size(max = 100, message = "{lims.field.tooLong}")
        @Schema(example = "冷链专车")
        String method,
    @Schema(format = "decimal", pattern = "^-?[0-9]+(\\.[0-9]+)?$", example = "4.0")
        String temperature) {}

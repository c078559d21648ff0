package cn.foodsafety.lims.sampling.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The sample handed to the carrier: when ({@code shippedAt}, ISO date-time), how ({@code method},
 * e.g. "冷链专车"), and the temperature in °C for chilled and frozen samples.
 */
public record Shipment(
    String shippedAt,
    @NotBlank(message = "{lims.field.required}") @Size(max = 100, message = "{lims.field.tooLong}")
        String method,
    String temperature) {}

package cn.foodsafety.lims.results.boundary;

import jakarta.validation.constraints.NotBlank;

/** The approver's password, entered again: the electronic signature of the report. */
public record Signature(@NotBlank(message = "{lims.field.required}") String password) {}

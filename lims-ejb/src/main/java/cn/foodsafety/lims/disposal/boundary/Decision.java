package cn.foodsafety.lims.disposal.boundary;

import jakarta.validation.constraints.Size;

/** A supervisor's note on approving or rejecting an extension (required for a rejection). */
public record Decision(@Size(max = 1000, message = "{lims.field.tooLong}") String note) {}

package cn.foodsafety.lims.sampling.boundary;

/** A person to choose on the form, e.g. the second sampler. */
public record PersonChoice(long id, String username, String displayName) {}

package cn.foodsafety.lims.disclosure.boundary;

import java.util.List;

/** The samples whose approved results are to be published. */
public record PublishRequest(List<Long> sampleIds) {}

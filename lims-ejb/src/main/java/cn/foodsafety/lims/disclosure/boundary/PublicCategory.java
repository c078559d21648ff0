package cn.foodsafety.lims.disclosure.boundary;

/** A food category the public may filter by: its code, names and depth in the tree. */
public record PublicCategory(String code, String name, String nameEn, int depth) {}

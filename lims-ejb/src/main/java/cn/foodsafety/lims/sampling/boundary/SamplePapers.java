package cn.foodsafety.lims.sampling.boundary;

import cn.foodsafety.lims.platform.control.Messages;
import cn.foodsafety.lims.sampling.control.SampleDocuments;
import cn.foodsafety.lims.sampling.control.SampleDocuments.Line;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The printed sampling form and label of a sample, in Chinese (the regulated form is Chinese).
 * Built from what the reader may see: a laboratory under blind coding prints no producer or party.
 */
final class SamplePapers {

  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private SamplePapers() {}

  /** A picture kept with the sample: what it shows and its bytes. */
  record Picture(cn.foodsafety.lims.sampling.entity.EvidenceKind kind, byte[] content) {}

  static byte[] form(SampleData d) {
    return form(d, List.of());
  }

  /**
   * The form with the phone's pictures (photos of the sample, the seal and the place, the sampled
   * party's signature) after the lines; none for a reader under blind coding (the caller's part).
   */
  static byte[] form(SampleData d, List<Picture> pictures) {
    List<Line> lines = new ArrayList<>();
    lines.add(Line.section("任务信息"));
    lines.add(
        Line.of(
            "抽样类别",
            label(d.level())
                + " · "
                + label(d.department())
                // paper names no internal ids: in or outside the plan is what the form records
                + (d.outsidePlan() ? " · 计划外抽样" : d.taskId() != null ? " · 计划内抽样" : "")));
    lines.add(Line.of("抽样地区", d.regionName() + "（" + d.regionCode() + "）"));
    lines.add(Line.of("抽样单位", d.samplingUnitName()));
    if (d.blindCode() != null) {
      lines.add(Line.of("盲样编码", d.blindCode()));
    }
    lines.add(Line.section("被抽样单位"));
    if (d.blind()) {
      lines.add(Line.of("被抽样单位", "（盲样：不向检验机构提供）"));
    } else {
      lines.add(Line.of("单位名称", d.partyName()));
      lines.add(Line.of("单位类型", label(d.partyKind())));
      lines.add(Line.of("地址", d.partyAddress()));
      lines.add(Line.of("营业执照/许可证号", d.partyLicence() == null ? "无（小农户）" : d.partyLicence()));
      lines.add(Line.of("联系人及电话", join(d.partyContact(), d.partyPhone())));
      lines.add(
          Line.of(
              "抽样地点",
              d.placeAddress()
                  + (d.latitude() == null ? "" : "（" + d.latitude() + ", " + d.longitude() + "）")));
    }
    lines.add(Line.section("样品信息"));
    lines.add(Line.of("样品名称", d.foodName()));
    lines.add(Line.of("食品分类", d.categoryName() + "（" + d.categoryCode() + "）"));
    lines.add(Line.of("商标", d.brand()));
    lines.add(Line.of("规格型号", d.specification()));
    lines.add(Line.of("生产批号", d.batchNumber()));
    lines.add(Line.of("生产日期", d.productionDate() == null ? "" : d.productionDate().toString()));
    lines.add(Line.of("保质期", d.shelfLife()));
    lines.add(Line.of("抽样数量", d.quantity() + " " + d.quantityUnit()));
    // none for a kind of sampling that keeps no backup (risk monitoring): an empty line, not "null"
    lines.add(
        Line.of(
            "备份样品数量",
            d.backupQuantity() == null ? "无" : d.backupQuantity() + " " + d.quantityUnit()));
    lines.add(Line.of("贮存条件", label(d.storageCondition())));
    if (!d.blind()) {
      lines.add(Line.section("标称生产者"));
      lines.add(Line.of("生产者名称", d.producerName()));
      lines.add(Line.of("生产者地址", d.producerAddress()));
      lines.add(Line.of("生产许可证号", d.producerLicence()));
    }
    lines.add(Line.section("抽样情况"));
    lines.add(Line.of("抽样时间", time(d.sampledAt())));
    lines.add(Line.of("抽样人员一", d.sampler1Name()));
    lines.add(Line.of("抽样人员二", d.sampler2Name()));
    lines.add(Line.of("封条编号", d.sealNumber()));
    lines.add(
        Line.of(
            "签字确认",
            (d.samplersConfirmed() ? "抽样人员已签字" : "抽样人员未签字")
                + "；"
                + (d.partyConfirmed() ? "被抽样单位已签字" : "被抽样单位未签字")
                + (d.partySignatory() == null ? "" : "（" + d.partySignatory() + "）")));
    lines.add(Line.of("样品送达期限", d.deliveryDue() + "（抽样后 5 个工作日内，《食品安全抽样检验管理办法》第二十条）"));
    if (d.labName() != null) {
      lines.add(Line.of("承检机构", d.labName()));
    }
    if (!pictures.isEmpty()) {
      lines.add(Line.section("现场照片及签名"));
      int n = 0;
      for (Picture p : pictures) {
        lines.add(Line.picture(pictureLabel(p.kind(), ++n), p.content()));
      }
    }
    return SampleDocuments.form("食品安全抽样检验抽样单", d.sampleNumber(), d.samplingUnitName(), lines);
  }

  static byte[] label(SampleData d) {
    return SampleDocuments.label(
        d.sampleNumber(),
        d.blind() ? d.blindCode() : d.foodName(),
        "抽样日期 " + d.sampledOn(),
        "封条 " + d.sealNumber());
  }

  private static String pictureLabel(cn.foodsafety.lims.sampling.entity.EvidenceKind kind, int n) {
    return switch (kind) {
          case SAMPLE -> "样品照片";
          case SEAL -> "封样照片";
          case PLACE -> "现场照片";
          case SIGNATURE -> "被抽样单位签名";
        }
        + "（"
        + n
        + "）";
  }

  private static String label(Enum<?> value) {
    return value == null ? "" : Messages.label(Messages.CHINESE, value);
  }

  private static String time(OffsetDateTime t) {
    return t == null ? "" : t.format(MINUTE);
  }

  private static String join(String a, String b) {
    if (a == null) {
      return b == null ? "" : b;
    }
    return b == null ? a : a + " " + b;
  }
}

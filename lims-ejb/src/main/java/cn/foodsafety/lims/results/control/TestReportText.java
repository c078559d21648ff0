package cn.foodsafety.lims.results.control;

import cn.foodsafety.lims.kernel.Verdict;
import cn.foodsafety.lims.masterdata.entity.Organization;
import cn.foodsafety.lims.platform.control.CivilTime;
import cn.foodsafety.lims.results.entity.Analysis;
import cn.foodsafety.lims.results.entity.ReportNumber;
import cn.foodsafety.lims.results.entity.SampleItem;
import cn.foodsafety.lims.sampling.entity.Sample;
import jakarta.persistence.EntityManager;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What an issued test report says and how it is identified: its text from the sample, the lab work
 * and the tested items (rendered by {@link TestReportDocument}), its number (lab code, year and a
 * running number) and the SHA-256 of the stored file that the signature names.
 */
public final class TestReportText {

  private TestReportText() {}

  /** The report as issued, for the approver signing now; names print as {@code displayName}. */
  public static byte[] render(
      Sample s,
      Analysis a,
      List<SampleItem> tested,
      String number,
      int version,
      String approver,
      Instant now,
      Function<String, String> displayName) {
    List<TestReportDocument.Line> lines =
        tested.stream()
            .map(
                i ->
                    new TestReportDocument.Line(
                        i.getAnalyte(),
                        i.resultText(),
                        i.getResultUnit() == null ? i.getLimitUnit() : i.getResultUnit(),
                        i.limit().text(),
                        standard(i) + (i.getMethod() == null ? "" : " / " + i.getMethod()),
                        i.getVerdict() == Verdict.CONFORMING ? "合格" : "不合格"))
            .toList();
    List<String> standards = tested.stream().map(TestReportText::standard).distinct().toList();
    StringBuilder info = new StringBuilder();
    info.append("样品名称：").append(s.getFoodName()).append('\n');
    info.append("样品编号：").append(s.getSampleNumber()).append('\n');
    if (s.isBlind()) {
      info.append("盲样编号：").append(s.getBlindCode()).append('\n');
    } else {
      var p = s.getProducer();
      if (p.getName() != null) {
        info.append("标称生产者：").append(p.getName());
        if (p.getAddress() != null) {
          info.append("（").append(p.getAddress()).append("）");
        }
        info.append('\n');
      }
      info.append("被抽样单位：").append(s.getParty().getName());
      if (s.getParty().getAddress() != null) {
        info.append("（").append(s.getParty().getAddress()).append("）");
      }
      info.append('\n');
    }
    if (s.getBrand() != null) {
      info.append("商标：").append(s.getBrand()).append('\n');
    }
    if (s.getBatchNumber() != null) {
      info.append("批号：").append(s.getBatchNumber()).append('\n');
    }
    info.append("抽样日期：")
        .append(s.getSampledOn())
        .append("    到样日期：")
        .append(s.getReceivedOn())
        .append('\n');
    String signatures =
        "检验："
            + displayName.apply(a.getEnteredBy())
            + " "
            + day(a.getEnteredAt())
            + "    审核："
            + displayName.apply(a.getReviewedBy())
            + " "
            + day(a.getReviewedAt())
            + "    批准："
            + displayName.apply(approver)
            + " "
            + day(now)
            + "\n";
    String amendment =
        version > 1
            ? "本报告为第 "
                + version
                + " 版，更正原因："
                + a.getAmendmentReason()
                + "；替代第 "
                + (version - 1)
                + " 版。"
            : null;
    Organization lab = a.getLab();
    return TestReportDocument.render(
        new TestReportDocument.Content(
            lab.getName(),
            "资质认定证书编号：" + Objects.toString(lab.getAccreditationNumber(), "—"),
            number,
            version,
            day(now).toString(),
            info.toString(),
            lines,
            "检验结论：" + SampleConclusion.text(SampleConclusion.judged(tested), standards),
            signatures,
            amendment));
  }

  /** The standard with its edition, as a report cites it. */
  public static String standard(SampleItem i) {
    return i.limit().standardText();
  }

  /** Lab code + year + running number, e.g. LAB-ZZAQ-2026-000123. */
  public static ReportNumber newReportNumber(EntityManager em, Organization lab, LocalDate today) {
    Number next =
        (Number) em.createNativeQuery("select nextval('report_number_seq')").getSingleResult();
    return new ReportNumber(lab.getCode(), today.getYear(), next.longValue());
  }

  public static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static LocalDate day(Instant at) {
    return at == null ? null : CivilTime.dayOf(at);
  }
}

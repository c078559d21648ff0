package cn.foodsafety.lims.results.control;

import static org.assertj.core.api.Assertions.assertThat;

import cn.foodsafety.lims.platform.control.Messages;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class HistoryTextTest {

  private static final Locale ZH = Messages.CHINESE;
  private static final Locale EN = Locale.ENGLISH;

  @Test
  void recordedFieldNamesReadAsWordsInEitherLanguage() {
    assertThat(HistoryText.field(ZH, "SampleItem", "value")).isEqualTo("检测值");
    assertThat(HistoryText.field(EN, "SampleItem", "value")).isEqualTo("Value");
    assertThat(HistoryText.field(ZH, "Sample", "receivedAt")).isEqualTo("接收时间");
    assertThat(HistoryText.field(EN, "Analysis", "conclusionDue")).isEqualTo("Conclusion due");
  }

  @Test
  void aFieldWithoutALabelKeepsItsNameAndNoFieldHasNoLabel() {
    assertThat(HistoryText.field(EN, "Sample", "somethingNew")).isEqualTo("somethingNew");
    assertThat(HistoryText.field(EN, "Sample", null)).isNull();
  }

  @Test
  void statesVerdictsAndFlagsReadAsWordsOfTheirOwnEntity() {
    assertThat(HistoryText.value(ZH, "Sample", "state", "RECEIVED")).isEqualTo("已接收");
    assertThat(HistoryText.value(ZH, "Analysis", "state", "ENTERED")).isEqualTo("待审核");
    assertThat(HistoryText.value(EN, "Analysis", "state", "APPROVED")).isEqualTo("approved");
    assertThat(HistoryText.value(ZH, "SampleItem", "verdict", "NON_CONFORMING")).isEqualTo("不合格");
    assertThat(HistoryText.value(EN, "SampleItem", "dropped", "true")).isEqualTo("yes");
    assertThat(HistoryText.value(ZH, "Sample", "receiptCondition", "ACCEPTED"))
        .isEqualTo("样品完好，接收");
  }

  @Test
  void dataAndUnknownCodesStayAsRecorded() {
    assertThat(HistoryText.value(ZH, "SampleItem", "value", "0.13")).isEqualTo("0.13");
    assertThat(HistoryText.value(ZH, "Analysis", "state", "RETIRED")).isEqualTo("RETIRED");
    assertThat(HistoryText.value(ZH, "Analysis", "state", null)).isNull();
  }

  @Test
  void entitiesAndActionsReadAsWords() {
    assertThat(HistoryText.entity(ZH, "SampleItem")).isEqualTo("检验项目");
    assertThat(HistoryText.entity(EN, "TestReport")).isEqualTo("test report");
    assertThat(HistoryText.action(ZH, "SIGN")).isEqualTo("电子签名");
    assertThat(HistoryText.action(EN, "STATE_CHANGE")).isEqualTo("state change");
  }
}

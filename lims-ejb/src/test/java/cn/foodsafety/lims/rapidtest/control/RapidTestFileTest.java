package cn.foodsafety.lims.rapidtest.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RapidTestFileTest {

  @Test
  void chineseHeadersQuotesAndABomAreRead() {
    String csv =
        "\uFEFF市场编号,摊位,经营者,食品,食品分类编码,试剂盒,结果,检测人,检测时间,备注\n"
            + "ZZ-1,\"A区,12号\",\"王\"\"老\"\"三\",韭菜,0101,KJ-OP,阳性,李检测,2026-03-02T09:30\n"
            + "\n"
            + "ZZ-1,B区3号,赵六,菠菜,0101,KJ-OP,阴性,李检测,2026-03-02T10:00,随便\n";
    List<RapidTestFile.Row> rows = RapidTestFile.read(csv.getBytes(StandardCharsets.UTF_8));
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).number()).isEqualTo(2);
    assertThat(rows.get(0).get("market")).isEqualTo("ZZ-1");
    assertThat(rows.get(0).get("stall")).isEqualTo("A区,12号");
    assertThat(rows.get(0).get("operator")).isEqualTo("王\"老\"三");
    assertThat(rows.get(0).get("result")).isEqualTo("阳性");
    assertThat(rows.get(1).number()).isEqualTo(4);
    assertThat(rows.get(1).get("point")).isNull();
  }

  @Test
  void englishHeadersWork() {
    String csv =
        "market,stall,operator,food,category,kit,result,tester,testedAt\nM,1,a,b,c,K,positive,t,x\n";
    List<RapidTestFile.Row> rows = RapidTestFile.read(csv.getBytes(StandardCharsets.UTF_8));
    assertThat(rows.get(0).get("kit")).isEqualTo("K");
    assertThat(rows.get(0).get("testedAt")).isEqualTo("x");
  }
}

package cn.foodsafety.lims.proposal.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.foodsafety.lims.platform.control.RuleViolationException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProposalTest {

  private static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");

  @Test
  void anOpenProposalCountsVotesAndADeclinedOneTakesNoMore() {
    Proposal p = new Proposal(ProposalKind.FOOD, "<b>油条</b>", null, null, "k", NOW);
    p.voted();
    p.voted();
    assertThat(p.getVotes()).isEqualTo(2);
    assertThat(p.getSubject()).isEqualTo("<b>油条</b>");
    p.decline("已列入常规抽检", "planner", NOW);
    assertThat(p.getState()).isEqualTo(ProposalState.DECLINED);
    assertThatThrownBy(p::voted).isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(() -> p.decline("again", "planner", NOW))
        .isInstanceOf(RuleViolationException.class);
  }

  @Test
  void aChallengeIsAnsweredOnlyRightAndInTime() {
    Challenge c = new Challenge("t", 7, NOW.plusSeconds(600));
    assertThat(c.accepts("7", NOW)).isTrue();
    assertThat(c.accepts(" 7 ", NOW)).isTrue();
    assertThat(c.accepts("8", NOW)).isFalse();
    assertThat(c.accepts("seven", NOW)).isFalse();
    assertThat(c.accepts(null, NOW)).isFalse();
    assertThat(c.accepts("7", NOW.plusSeconds(601))).isFalse();
  }
}

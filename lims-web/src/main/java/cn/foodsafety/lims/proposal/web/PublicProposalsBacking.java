package cn.foodsafety.lims.proposal.web;

import cn.foodsafety.lims.platform.web.FacesText;
import cn.foodsafety.lims.proposal.boundary.ChallengeData;
import cn.foodsafety.lims.proposal.boundary.ProposalData;
import cn.foodsafety.lims.proposal.boundary.ProposalForm;
import cn.foodsafety.lims.proposal.boundary.Proposals;
import cn.foodsafety.lims.proposal.boundary.VoteForm;
import cn.foodsafety.lims.proposal.entity.ProposalKind;
import cn.foodsafety.lims.security.web.ClientAddresses;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;

/**
 * public/proposals.xhtml: residents propose a food or a place and vote, without signing in; each
 * proposal or vote answers the small sum shown (a new one after each use). Everything residents
 * wrote is shown escaped (Faces writes text, never markup).
 */
@Named
@ViewScoped
public class PublicProposalsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Proposals proposals;

  @Inject ClientAddresses addresses;

  @Inject FacesText text;

  private List<ProposalData> list;
  private ChallengeData challenge;
  private String answer;
  private ProposalKind kind = ProposalKind.FOOD;
  private String subject;
  private String place;
  private String reason;

  @PostConstruct
  void init() {
    list = proposals.publicList();
    challenge = proposals.challenge();
  }

  private String address() {
    return addresses.of(
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
  }

  public void propose() {
    try {
      proposals.propose(
          new ProposalForm(kind, subject, place, reason, challenge.token(), answer), address());
      text.info("proposal.public.thanks");
      subject = null;
      place = null;
      reason = null;
    } catch (RuntimeException e) {
      text.show(e, "propose");
    }
    renew();
  }

  public void vote(long id) {
    try {
      proposals.vote(id, new VoteForm(challenge.token(), answer), address());
      text.info("proposal.public.voted");
    } catch (RuntimeException e) {
      text.show(e, "propose");
    }
    renew();
  }

  private void renew() {
    answer = null;
    challenge = proposals.challenge();
    list = proposals.publicList();
  }

  public ProposalKind[] getKinds() {
    return ProposalKind.values();
  }

  public List<ProposalData> getList() {
    return list;
  }

  public ChallengeData getChallenge() {
    return challenge;
  }

  public String getAnswer() {
    return answer;
  }

  public void setAnswer(String answer) {
    this.answer = answer;
  }

  public ProposalKind getKind() {
    return kind;
  }

  public void setKind(ProposalKind kind) {
    this.kind = kind;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}

package com.disputedesk.demo;

import com.disputedesk.appeal.AppealDecisions;
import com.disputedesk.appeal.AppealDesk;
import com.disputedesk.appeal.AppealFeedbacks;
import com.disputedesk.appeal.AppealFiling;
import com.disputedesk.coupon.CouponSplits;
import com.disputedesk.dispute.DisputeEvidence;
import com.disputedesk.dispute.DisputeOpening;
import com.disputedesk.dispute.Negotiation;
import com.disputedesk.mediation.DecisionRevisions;
import com.disputedesk.mediation.EvidenceRequests;
import com.disputedesk.mediation.MediationDecisions;
import com.disputedesk.mediation.MediatorDesk;
import org.springframework.stereotype.Component;

/** The public services a demo story drives: the same ones the API and the workspace use. */
@Component
record DemoServices(DisputeOpening opening, Negotiation negotiation, DisputeEvidence evidence, MediatorDesk desk,
    EvidenceRequests requests, MediationDecisions decisions, DecisionRevisions revisions, AppealFiling appeals,
    AppealDesk appealDesk, AppealDecisions appealDecisions, AppealFeedbacks feedbacks, CouponSplits couponSplits) {}

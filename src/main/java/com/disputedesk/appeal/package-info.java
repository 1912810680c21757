/**
 * Appeals against mediation decisions (DOMAIN.md §2): the buyer appeals once within {@code appeal-window}; the appeal
 * commission reviews within {@code appeal-review} working days, never a commissioner who mediated the case (enforced
 * by an engine task listener); an upheld appeal may get the buyer's feedback and, through a quality reviewer, a
 * second review. The {@code AppealReviewProcess} and {@code AppealFeedbackProcess} BPMN models drive it.
 */
package com.disputedesk.appeal;

package com.disputedesk.appeal;

import com.disputedesk.sla.SlaTimer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The timers of AppealReviewProcess and the policies that time them, for re-timing running appeals. */
@Configuration(proxyBeanMethods = false)
class AppealSlaTimers {
  @Bean
  SlaTimer appealReviewTimer() {
    return new SlaTimer(AppealFiling.REVIEW_POLICY, AppealTasks.PROCESS_REVIEW, ReviewDeadline.TIMER);
  }

  @Bean
  SlaTimer couponIssueTimer() {
    return new SlaTimer(AppealDecisions.COUPON_DELAY_POLICY, AppealTasks.PROCESS_REVIEW, "Timer_CouponIssueDue");
  }

  @Bean
  SlaTimer couponValidityTimer() {
    return new SlaTimer("coupon-validity", AppealTasks.PROCESS_REVIEW, "Timer_CouponsExpired");
  }
}

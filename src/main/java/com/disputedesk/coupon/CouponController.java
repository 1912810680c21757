package com.disputedesk.coupon;

import com.disputedesk.common.CaseNotFound;
import com.disputedesk.common.InvalidInput;
import com.disputedesk.common.PartyId;
import com.disputedesk.dispute.Disputes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Coupon split, the buyer's coupons and redemption (API.md "Appeals, feedback, coupons"). */
@RestController
@Tag(name = "Coupons", description = "Compensation coupons after an overturned appeal (role MARKETPLACE)")
class CouponController {
  record SplitRequest(List<String> coupons) {}

  record RedeemRequest(String orderId) {}

  private final CouponSplits splits;
  private final CouponRedemption redemption;
  private final CouponRepository coupons;
  private final Disputes disputes;
  private final Clock clock;

  CouponController(CouponSplits splits, CouponRedemption redemption, CouponRepository coupons, Disputes disputes,
      Clock clock) {
    this.splits = splits;
    this.redemption = redemption;
    this.coupons = coupons;
    this.disputes = disputes;
    this.clock = clock;
  }

  /** The split that will be credited. */
  record ChosenSplit(List<String> coupons, String notice) {}

  @PutMapping("/api/v1/disputes/{id}/appeal/coupon-split")
  @Operation(summary = "Before issuance, the buyer splits the compensation into coupons that add up exactly")
  ChosenSplit split(@RequestHeader(PartyId.HEADER) String party, @PathVariable UUID id,
      @RequestBody SplitRequest request) {
    PartyId buyer = PartyId.of(party);
    disputes.forParty(id, buyer);
    List<BigDecimal> amounts = splits.choose(id, buyer, request.coupons());
    return new ChosenSplit(amounts.stream().map(BigDecimal::toPlainString).toList(),
        "The coupons will be credited in this split.");
  }

  @GetMapping("/api/v1/buyers/{buyerId}/coupons")
  @Operation(summary = "The buyer's coupons: code, value, issuedAt, validUntil, status")
  List<CouponView> ofBuyer(@RequestHeader(PartyId.HEADER) String party, @PathVariable String buyerId) {
    PartyId caller = PartyId.of(party);
    if (!caller.value().equals(buyerId)) {
      throw new CaseNotFound("buyer", buyerId);
    }
    var now = clock.instant();
    return coupons.ofBuyer(buyerId).stream().map(c -> CouponView.of(c, now)).toList();
  }

  @PostMapping("/api/v1/coupons/{code}/redeem")
  @Operation(summary = "The marketplace reports a coupon spent on an order: once, before it expires")
  CouponView redeem(@RequestHeader(PartyId.HEADER) String party, @PathVariable String code,
      @RequestBody RedeemRequest request) {
    if (request == null) {
      throw new InvalidInput("orderId", "is required");
    }
    return CouponView.of(redemption.redeem(code, PartyId.of(party), request.orderId()), clock.instant());
  }
}

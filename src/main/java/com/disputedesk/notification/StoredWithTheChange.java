package com.disputedesk.notification;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A notification listener that runs in the transaction of the change it reports, just before it commits, so the
 * change and its stored emails commit together (the transactional outbox). Sending happens later, in the relay; an
 * event publication and a transaction of its own per listener (what {@code @ApplicationModuleListener} costs) buy
 * nothing here.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
@interface StoredWithTheChange {}

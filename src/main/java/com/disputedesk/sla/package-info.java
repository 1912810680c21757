/**
 * SLA policies and the business calendar. Every deadline of every BPMN timer is a named policy read here at the
 * moment the timer is created ({@code ${slaPolicies.dueDate('negotiation', execution)}}), never a literal.
 */
package com.disputedesk.sla;

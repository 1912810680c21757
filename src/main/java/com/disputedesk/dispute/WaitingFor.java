package com.disputedesk.dispute;

public enum WaitingFor { BUYER, SELLER, MEDIATOR, COMMISSION, NONE }

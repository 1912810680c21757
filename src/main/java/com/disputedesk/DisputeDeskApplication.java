package com.disputedesk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class DisputeDeskApplication {
  public static void main(String[] args) {
    SpringApplication.run(DisputeDeskApplication.class, args);
  }
}

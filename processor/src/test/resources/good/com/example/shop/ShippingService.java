package com.example.shop;

import dev.stoker.JobContext;
import dev.stoker.annotation.Job;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Needs its repository, so the application registers the instance the jobs run on. */
public class ShippingService {

  private final Object repository;

  public ShippingService(Object repository) {
    this.repository = repository;
  }

  @Job(name = "shop.ship-order", queue = "shipping", retries = 3, priority = 5)
  public String shipOrder(
      Shipment shipment,
      Set<DayOfWeek> deliveryDays,
      @Nullable LocalDate notBefore,
      List<@Nullable String> notes,
      JobContext context) {
    return repository + " ships " + shipment.orderId();
  }

  @Job(cron = "0 3 * * *", zone = "Europe/Istanbul")
  static void purgeLabels(JobContext context) {}
}

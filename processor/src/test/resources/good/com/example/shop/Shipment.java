package com.example.shop;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** What to ship: stored with the job as an object of its components. */
public record Shipment(UUID orderId, List<Shipment.Parcel> parcels, @Nullable Address address) {

  public record Parcel(String sku, int quantity, BigDecimal weightKg) {}
}

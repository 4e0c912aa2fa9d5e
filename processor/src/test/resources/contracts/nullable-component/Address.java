package com.example.mail;

public record Address(String street, String city, @Nullable String zip) {}

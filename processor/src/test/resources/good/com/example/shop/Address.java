package com.example.shop;

record Address(String street, String city, String country) {}

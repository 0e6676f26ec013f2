package com.aftersales.app.customer;

/** A customer's personal data; all fields are null once erased. */
public record CustomerContact(String customerId, String name, String phone, String email, boolean erased) {}

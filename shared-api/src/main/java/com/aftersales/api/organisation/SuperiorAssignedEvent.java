package com.aftersales.api.organisation;

import com.aftersales.api.common.UserId;
import org.axonframework.serialization.Revision;

/** T8: {@code person} now escalates to {@code superior}; {@code previousSuperior} is null the first time. */
@Revision("1")
public record SuperiorAssignedEvent(UserId person, UserId superior, UserId previousSuperior) {}

package com.aftersales.api.organisation;

import com.aftersales.api.common.UserId;
import org.axonframework.serialization.Revision;

/** T8: {@code person} no longer has a superior; a difficult case they hold cannot be escalated. */
@Revision("1")
public record SuperiorRemovedEvent(UserId person, UserId previousSuperior) {}

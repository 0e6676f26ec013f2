package com.aftersales.app.workload;

import com.aftersales.app.security.ActingUser;

/** One command of the generated history and the user who sends it, acting in a role. */
record Step(ActingUser actor, Object command) {}

/**
 * The audit log: every admin action (sign-in, create, edit, delete, merge, import) with who and when.
 */
package org.pressroom.admin.audit;

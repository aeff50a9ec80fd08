/**
 * Running Pressroom in production: the health of the search backend for load balancers and orchestrators.
 */
package org.pressroom.ops;

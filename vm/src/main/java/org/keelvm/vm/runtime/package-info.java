/**
 * The runtime entry points that compiled code calls for what a template does not do inline: allocation, type
 * checks, class initialization, interface dispatch, and raising and dispatching exceptions. They are ordinary Java,
 * compiled by the same compiler; each is listed in {@code org.keelvm.jit.RuntimeCalls} so that the image builder
 * keeps them reachable. Code here must not need what it implements: {@link org.keelvm.vm.runtime.TypeCheck} reads
 * hubs through an intrinsic rather than a cast, {@link org.keelvm.vm.runtime.Allocation} allocates nothing but the
 * object it returns.
 */
package org.keelvm.vm.runtime;

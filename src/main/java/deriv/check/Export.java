package deriv.check;

import deriv.kernel.Context;
import deriv.kernel.Fact;
import deriv.kernel.Status;

/** A result a file offers to others: the fact, the context it was proved in, and its weakest step's verdict. */
record Export(Fact fact, Context context, Status status) {}

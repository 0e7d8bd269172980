using Microsoft.EntityFrameworkCore;
using MotCua.Modules.Fees.Data;

namespace MotCua.Common.Data;

internal sealed partial class AppDbContext
{
    public DbSet<PaymentRequest> PaymentRequests => Set<PaymentRequest>();

    public DbSet<PaymentTransaction> PaymentTransactions => Set<PaymentTransaction>();

    public DbSet<ReceiptCounter> ReceiptCounters => Set<ReceiptCounter>();
}

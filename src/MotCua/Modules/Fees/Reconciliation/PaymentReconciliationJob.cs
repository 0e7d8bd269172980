using MotCua.Common.Jobs;

namespace MotCua.Modules.Fees.Reconciliation;

/// <summary>Every 5 minutes: closes or settles orders whose callback never came (<see cref="DossierPayments.ReconcileAsync"/>).</summary>
internal sealed class PaymentReconciliationJob : IScheduledJob
{
    public string Name => "payments.reconcile";

    public TimeSpan Interval => TimeSpan.FromMinutes(5);

    public Task RunAsync(IServiceProvider scoped, CancellationToken cancellationToken) =>
        scoped.GetRequiredService<DossierPayments>().ReconcileAsync(cancellationToken);
}

using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;

namespace MotCua.Modules.Fees;

/// <summary>What the metrics count of a dossier's fees (Bộ chỉ số 766, chỉ số 3.6).</summary>
/// <param name="Requested">Hồ sơ có nghĩa vụ tài chính: a fee request that was not withdrawn (pending or paid).</param>
/// <param name="PaidOnline">Hồ sơ thanh toán trực tuyến: a request paid through the payment gateway (<see cref="PaymentMethod.Online"/>).</param>
internal sealed record DossierFeeFigures(bool Requested, bool PaidOnline)
{
    public static readonly DossierFeeFigures None = new(false, false);
}

/// <summary>
/// The Fees module's answer to the metrics (ADR-035, ADR-049): the fee figures of dossiers, read in the caller's context
/// and transaction, so a save that changes a fee request can refresh the dossier's facts with what it just wrote.
/// </summary>
internal static class FeeFigures
{
    /// <summary>The fee figures of the given dossiers that have a fee request; the others have <see cref="DossierFeeFigures.None"/>.</summary>
    public static async Task<Dictionary<Guid, DossierFeeFigures>> OfAsync(AppDbContext db, IReadOnlyCollection<Guid> dossierIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var requests = await db.PaymentRequests.AsNoTracking()
            .Where(p => dossierIds.Contains(p.DossierId) && p.Status != PaymentStatus.Cancelled)
            .Select(p => new { p.DossierId, p.Status, p.PaidVia })
            .ToListAsync(cancellationToken);
        return requests.GroupBy(p => p.DossierId).ToDictionary(
            g => g.Key,
            g => new DossierFeeFigures(true, g.Any(p => p.Status == PaymentStatus.Paid && p.PaidVia == PaymentMethod.Online)));
    }
}

using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Fees;
using MotCua.Modules.Metrics.Data;
using MotCua.Modules.Portal;

namespace MotCua.Modules.Metrics.Facts;

/// <summary>
/// The facts of a dossier that other aggregates hold (ADR-049, "Facts from other aggregates"): its fees (Fees), its
/// electronic result (Dossiers' attachments) and the applicant's rating (Portal).
/// </summary>
/// <param name="FeesRequested">Hồ sơ có nghĩa vụ tài chính (Bộ chỉ số 766, chỉ số 3.6's mẫu số).</param>
/// <param name="PaidOnline">Hồ sơ thanh toán trực tuyến (chỉ số 3.6's tử số).</param>
/// <param name="ElectronicResult">Hồ sơ có kết quả giải quyết điện tử (chỉ số 4.1): a result file is attached.</param>
/// <param name="RatedAt">When the applicant rated the handling; null while not rated.</param>
/// <param name="Satisfied">Hài lòng (chỉ số 5.4); null while not rated.</param>
/// <param name="RatingTime">TT 01/2018 Điều 13 chỉ số 1 as rated (0–2).</param>
/// <param name="RatingContacts">Chỉ số 3 as rated (0–2).</param>
/// <param name="RatingAgencies">Chỉ số 4 as rated (0–2).</param>
/// <param name="RatingAttitude">Chỉ số 7 as scored with the rating (0–2).</param>
internal sealed record DossierOutsideFacts(
    bool FeesRequested,
    bool PaidOnline,
    bool ElectronicResult,
    DateTime? RatedAt,
    bool? Satisfied,
    short? RatingTime,
    short? RatingContacts,
    short? RatingAgencies,
    short? RatingAttitude)
{
    public static readonly DossierOutsideFacts None = new(false, false, false, null, null, null, null, null, null);

    /// <summary>
    /// The outside facts of the given dossiers, read through their owners' APIs on <paramref name="db"/> (in its current
    /// transaction, so a save sees what it just wrote); every id is in the answer.
    /// </summary>
    public static async Task<Dictionary<Guid, DossierOutsideFacts>> ReadAsync(AppDbContext db, IReadOnlyCollection<Guid> dossierIds, CancellationToken cancellationToken)
    {
        var fees = await FeeFigures.OfAsync(db, dossierIds, cancellationToken);
        var electronic = await DossierFacts.WithElectronicResultAsync(db, dossierIds, cancellationToken);
        var ratings = await DossierRatings.OfManyAsync(db, dossierIds, cancellationToken);
        return dossierIds.Distinct().ToDictionary(id => id, id => Of(fees.GetValueOrDefault(id) ?? DossierFeeFigures.None, electronic.Contains(id), ratings.GetValueOrDefault(id)));
    }

    /// <summary>
    /// Writes <paramref name="facts"/> into the dossiers' rows (a dossier without a row yet gets it from the rebuild), clearing
    /// their <see cref="MetricDossier.RolledSequence"/> so their roll-up bucket reads dirty (ADR-061); returns how many rows changed.
    /// </summary>
    public static async Task<int> WriteAsync(AppDbContext db, IReadOnlyDictionary<Guid, DossierOutsideFacts> facts, CancellationToken cancellationToken)
    {
        var written = 0;
        foreach (var (id, f) in facts)
        {
            written += await db.MetricDossiers.Where(m => m.DossierId == id).ExecuteUpdateAsync(
                s => s.SetProperty(m => m.FeesRequested, f.FeesRequested).SetProperty(m => m.PaidOnline, f.PaidOnline)
                    .SetProperty(m => m.ElectronicResult, f.ElectronicResult).SetProperty(m => m.RatedAt, f.RatedAt)
                    .SetProperty(m => m.Satisfied, f.Satisfied).SetProperty(m => m.RatingTime, f.RatingTime)
                    .SetProperty(m => m.RatingContacts, f.RatingContacts).SetProperty(m => m.RatingAgencies, f.RatingAgencies)
                    .SetProperty(m => m.RatingAttitude, f.RatingAttitude).SetProperty(m => m.RolledSequence, (int?)null),
                cancellationToken);
        }

        return written;
    }

    /// <summary>The outside facts from what their owners answered for one dossier.</summary>
    public static DossierOutsideFacts Of(DossierFeeFigures fees, bool electronicResult, DossierRatingView? rating)
    {
        ArgumentNullException.ThrowIfNull(fees);
        return new DossierOutsideFacts(
            fees.Requested, fees.PaidOnline, electronicResult, rating?.RatedAt, rating?.Satisfied,
            (short?)rating?.TimeScore, (short?)rating?.ContactsScore, (short?)rating?.AgenciesScore, (short?)rating?.AttitudeScore);
    }
}

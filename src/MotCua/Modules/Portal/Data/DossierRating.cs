using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Modules.Calendar;
using MotCua.Modules.Dossiers;

namespace MotCua.Modules.Portal.Data;

/// <summary>Where an applicant rated the handling of their dossier.</summary>
internal enum RatingChannel
{
    /// <summary>The counter's rating kiosk (no sign-in).</summary>
    Kiosk = 1,

    /// <summary>Online, signed in.</summary>
    Online = 2,
}

/// <summary>
/// The applicant's rating of how their dossier was handled, once per dossier after the result was returned: the
/// TT 01/2018/TT-VPCP Điều 13 indicators an applicant can judge (Điều 14: 1, 3, 4 and 7 by form, kiosk or online), each
/// 0, 1 or 2 points, and satisfied or not (Bộ chỉ số 766, chỉ số 5.4). Kept for the metrics.
/// </summary>
internal sealed class DossierRating : IDossierFactsSource
{
    public const int CommentMaxLength = 1000;

    public Guid Id { get; private set; }

    public Guid DossierId { get; private set; }

    /// <summary>The receiving agency, for the metrics per agency.</summary>
    public Guid AgencyId { get; private set; }

    public DateTime RatedAt { get; private set; }

    public RatingChannel Channel { get; private set; }

    /// <summary>Chỉ số 1: total time against the time allowed by the rules — 2 shorter, 1 equal, 0 longer.</summary>
    public int TimeScore { get; private set; }

    /// <summary>Chỉ số 3: contacts needed to complete the dossier, leaving out those the applicant caused — 2 none, 1 one, 0 more than one.</summary>
    public int ContactsScore { get; private set; }

    /// <summary>Chỉ số 4: agencies contacted — 2 none, 1 only the one-stop desk, 0 more than one.</summary>
    public int AgenciesScore { get; private set; }

    /// <summary>
    /// Chỉ số 7 (TT 01/2018/TT-VPCP Điều 13): 2 settled early and no complaint, 1 on time (or late) and no complaint, 0 a
    /// complaint about the officers' conduct — derived from <see cref="ConductComplaint"/> and the legal time status.
    /// </summary>
    public int AttitudeScore { get; private set; }

    /// <summary>The applicant complains (phản ánh, kiến nghị) about the officers' manner or conduct.</summary>
    public bool ConductComplaint { get; private set; }

    /// <summary>Hài lòng or not (766 chỉ số 5.4).</summary>
    public bool Satisfied { get; private set; }

    public string? Comment { get; private set; }

    /// <summary>The rating as given, with indicator 7 scored from the complaint and the dossier's legal time class now.</summary>
    public static DossierRating Record(
        RatableDossier dossier, RatingChannel channel, int time, int contacts, int agencies, bool conductComplaint, bool satisfied, string? comment, DateTime now) => new()
    {
        Id = Guid.CreateVersion7(),
        DossierId = dossier.Id,
        AgencyId = dossier.AgencyId,
        RatedAt = now,
        Channel = channel,
        TimeScore = time,
        ContactsScore = contacts,
        AgenciesScore = agencies,
        AttitudeScore = AttitudeScoreOf(conductComplaint, dossier.LegalTime),
        ConductComplaint = conductComplaint,
        Satisfied = satisfied,
        Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(),
    };

    /// <summary>Chỉ số 7's scale.</summary>
    public static int AttitudeScoreOf(bool conductComplaint, OnTimeClass legalTime) =>
        // TT 01/2018/TT-VPCP Điều 13 chỉ số 7: 2 trước hạn và không có phản ánh, 1 đúng hạn và không có phản ánh, 0 có phản ánh (late with no complaint: 1, the delay is indicator 1's).
        conductComplaint ? 0 : legalTime == OnTimeClass.Early ? 2 : 1;
}

internal sealed class DossierRatingConfiguration : IEntityTypeConfiguration<DossierRating>
{
    public void Configure(EntityTypeBuilder<DossierRating> builder)
    {
        builder.ToTable("DossierRatings");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Channel).HasConversion<int>();
        builder.Property(r => r.Comment).HasMaxLength(DossierRating.CommentMaxLength);
        // One rating per dossier: a second one, from any channel, is refused by the index as well as by the page.
        builder.HasIndex(r => r.DossierId).IsUnique();
        builder.HasIndex(r => new { r.AgencyId, r.RatedAt });
        builder.ReferencesDossier(r => r.DossierId, DeleteBehavior.Restrict);
    }
}

using MotCua.Modules.Catalog;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Portal;

namespace MotCua.DemoYear;

/// <summary>How a demo dossier ends.</summary>
internal enum DemoFate
{
    Granted,
    Refused,
    RefusedAtDesk,
    Withdrawn,
    Stopped,
}

/// <summary>When a demo dossier's result is issued, against its appointment.</summary>
internal enum DemoTiming
{
    /// <summary>On the due date (đúng hạn).</summary>
    OnTime,

    /// <summary>One to three working days before it (trước hạn).</summary>
    Early,

    /// <summary>One to four working days after it (quá hạn).</summary>
    Late,
}

/// <summary>One procedure the demo year draws from: in force today at an agency that has an approved process for it.</summary>
internal sealed record DemoProcedure(string Code, string FieldCode, IReadOnlyList<Guid> Agencies, OnlineServiceLevel Online, SubmissionChannels Channels, bool HasFee, int Weight);

/// <summary>The fate of one demo dossier, drawn before it is played (<see cref="DemoYearScript"/>).</summary>
internal sealed record DemoDossierPlan(
    int Index,
    DateTime ArrivesAt,
    DemoProcedure Procedure,
    Guid Agency,
    SubmissionChannel Channel,
    ReturnMethod ReturnMethod,
    DemoFate Fate,
    DemoTiming Timing,
    bool Apology,
    bool ApologyAfterDue,
    bool Extension,
    bool Supplement,
    bool CompletionAtDesk,
    bool Digitise,
    bool Exempt,
    bool Reuse,
    bool PayOnline,
    bool ElectronicResult,
    bool Rated,
    bool Satisfied,
    int Seed);

/// <summary>
/// Draws the year's dossiers with a fixed seed: arrival instants over the 365 days before the demo clock, procedures
/// weighted as one-stop desks see them (civil status and authentication at the communes far more often than a licence),
/// and each dossier's mix (ADR-056).
/// </summary>
internal static class DemoYearPlan
{
    public const int Seed = 20261207;

    /// <summary>Share of online submissions among the procedures that offer them: about 45 % of all dossiers overall.</summary>
    public const double OnlineShare = 0.5;

    public const double PostalShare = 0.05;

    public const double LateShare = 0.07;

    public const double EarlyShare = 0.05;

    /// <summary>Share of late dossiers whose apology was sent (Mẫu 04); the rest are the few the demo leaves without one.</summary>
    public const double ApologyShare = 0.85;

    public static IReadOnlyList<DemoDossierPlan> Draw(int count, DateTime now, IReadOnlyList<DemoProcedure> procedures)
    {
        var random = new Random(Seed);
        var totalWeight = procedures.Sum(p => p.Weight);
        var plans = new List<DemoDossierPlan>(count);
        for (var i = 0; i < count; i++)
        {
            var procedure = Pick(procedures, totalWeight, random);
            var agency = procedure.Agencies[random.Next(procedure.Agencies.Count)];

            // Over the year, with the last weeks a little busier (the dossiers still open at the demo clock).
            var daysAgo = random.NextDouble() < 0.06 ? random.Next(1, 21) : random.Next(1, 366);
            var arrives = now.AddDays(-daysAgo).AddMinutes(random.Next(-600, 600));
            var online = procedure.Channels.HasFlag(SubmissionChannels.Online) && random.NextDouble() < OnlineShare;
            var channel = online ? SubmissionChannel.Online
                : random.NextDouble() < PostalShare / (1 - OnlineShare) ? SubmissionChannel.Postal
                : SubmissionChannel.Direct;
            var returnMethod = channel switch
            {
                SubmissionChannel.Online => random.NextDouble() < 0.55 ? ReturnMethod.Online : random.NextDouble() < 0.8 ? ReturnMethod.Counter : ReturnMethod.Postal,
                SubmissionChannel.Postal => ReturnMethod.Postal,
                _ => random.NextDouble() < 0.9 ? ReturnMethod.Counter : ReturnMethod.Postal,
            };
            var fateDraw = random.NextDouble();
            var fate = fateDraw switch
            {
                < 0.04 => DemoFate.Refused,
                < 0.05 when channel != SubmissionChannel.Online => DemoFate.RefusedAtDesk,
                < 0.07 => DemoFate.Withdrawn,
                < 0.08 => DemoFate.Stopped,
                _ => DemoFate.Granted,
            };
            var timingDraw = random.NextDouble();
            var timing = timingDraw < LateShare ? DemoTiming.Late : timingDraw < LateShare + EarlyShare ? DemoTiming.Early : DemoTiming.OnTime;
            var apology = timing == DemoTiming.Late && random.NextDouble() < ApologyShare;
            plans.Add(new DemoDossierPlan(
                i,
                arrives,
                procedure,
                agency,
                channel,
                returnMethod,
                fate,
                timing,
                apology,
                apology && random.NextDouble() < 0.25,
                timing == DemoTiming.OnTime && random.NextDouble() < 0.03,
                random.NextDouble() < 0.08,
                channel != SubmissionChannel.Online && random.NextDouble() < 0.03,
                channel != SubmissionChannel.Online && random.NextDouble() < 0.75,
                random.NextDouble() < 0.12,
                random.NextDouble() < 0.35,
                random.NextDouble() < 0.8,
                returnMethod == ReturnMethod.Online || random.NextDouble() < 0.4,
                random.NextDouble() < 0.4,
                random.NextDouble() < 0.92,
                random.Next()));
        }

        return plans;
    }

    private static DemoProcedure Pick(IReadOnlyList<DemoProcedure> procedures, int totalWeight, Random random)
    {
        var draw = random.Next(totalWeight);
        foreach (var procedure in procedures)
        {
            draw -= procedure.Weight;
            if (draw < 0)
            {
                return procedure;
            }
        }

        return procedures[^1];
    }
}

using MotCua.Modules.Calendar;

namespace MotCua.Modules.Metrics.Evaluation;

/// <summary>Chỉ số 3: contacts the applicant needed to complete the dossier, and whether more than one was their own fault.</summary>
internal sealed record ContactsNeeded(int Contacts, bool ApplicantAtFault);

/// <summary>Chỉ số 4: whether the applicant dealt with the one-stop unit, and with how many other agencies (not counting the site check or council the text allows).</summary>
internal sealed record AgenciesContacted(bool OneStopUnit, int OtherAgencies);

/// <summary>The level of the evaluated unit, which sets the chỉ số 5 threshold.</summary>
internal enum OneStopLevel
{
    /// <summary>Bộ, ngành, tỉnh: at least 20 %.</summary>
    MinistryOrProvince,

    /// <summary>Huyện: at least 50 %.</summary>
    District,

    /// <summary>Xã: 100 %.</summary>
    Commune,
}

/// <summary>The chỉ số 5 level of an agency from its administrative level's code (Organization: BO, TINH, HUYEN, XA).</summary>
internal static class OneStopLevels
{
    /// <summary>The level, or null for a level the text does not name.</summary>
    public static OneStopLevel? Of(string? levelCode) => levelCode switch
    {
        "BO" or "TINH" => OneStopLevel.MinistryOrProvince,
        "HUYEN" => OneStopLevel.District,
        "XA" => OneStopLevel.Commune,
        _ => null,
    };
}

/// <summary>Chỉ số 6's posting (niêm yết) as the agency declares it on its one-stop list (ADR-063).</summary>
internal static class PostingDeclarations
{
    // NĐ 63/2010 Điều 17, TT 01/2018 Điều 13 khoản 6: the procedure in force is posted if the agency declared a posting made on or after that version's publication and by the period's last day; the province's option reads every published procedure as posted.
    public static bool IsPosted(DateOnly? postedOn, DateOnly versionPublishedOn, DateOnly lastDay, bool publishedMeansPosted) =>
        publishedMeansPosted || (postedOn is { } on && on >= versionPublishedOn && on <= lastDay);
}

/// <summary>Chỉ số 5: the unit's listed procedures, those decided at its one-stop unit, and those eligible for / received and returned there.</summary>
internal sealed record OneStopDecisions(OneStopLevel Level, int ListedProcedures, int DecidedAtOneStop, int EligibleProcedures, int ReceivedAndReturnedAtOneStop);

/// <summary>Chỉ số 6: whether the procedure was publicly posted and published electronically.</summary>
internal sealed record Publication(bool Posted, bool Electronic);

/// <summary>Chỉ số 7: the dossier's time and whether a complaint about the officer's conduct was found to be well founded.</summary>
internal sealed record Attitude(OnTimeClass Time, bool FoundedComplaint);

/// <summary>Chỉ số 8: the unit's PAKN on dossier handling in the period, those handled on time, and whether any was left to drag on.</summary>
internal sealed record PetitionHandling(int Petitions, int OnTime, bool Prolonged);

/// <summary>Chỉ số 9: the unit's procedures and those online at level 3–4; its dossiers, those filed online, and the online ones overdue.</summary>
internal sealed record OnlineService(int Procedures, int ProceduresLevel3Or4, int Dossiers, int OnlineDossiers, int OverdueOnlineDossiers);

/// <summary>
/// The nine scoring rules of TT 01/2018/TT-VPCP Điều 13 (ADR-051): 2, 1 or 0 points; <c>null</c> where the case gives no
/// point (missing data, left out of the average by <see cref="EvaluationScore"/>). A case that meets neither the 2- nor the
/// 1-point condition scores 0.
/// </summary>
internal static class IndicatorRules
{
    // TT 01/2018/TT-VPCP Điều 13 khoản 1: trước hạn 2, đúng hạn 1, quá hạn 0 (the one on-time rule: Calendar.OnTimeDefinition).
    public static decimal TotalTime(OnTimeClass time) => TimePoints(time);

    // TT 01/2018/TT-VPCP Điều 13 khoản 2: each unit's time, read over the steps it handled ([U] reading, ADR-051).
    public static decimal? UnitTime(IReadOnlyCollection<OnTimeClass> unitSteps, UnitTimeReading reading)
    {
        ArgumentNullException.ThrowIfNull(unitSteps);
        if (unitSteps.Count == 0)
        {
            return null;
        }

        return reading == UnitTimeReading.MeanOfSteps ? unitSteps.Average(TimePoints) : unitSteps.Min(TimePoints);
    }

    // TT 01/2018/TT-VPCP Điều 13 khoản 3: no contact 2, one 1, more than one 0 unless the applicant's fault ([U] then, ADR-051).
    public static decimal? Contacts(ContactsNeeded input, ApplicantFaultContacts applicantFault)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentOutOfRangeException.ThrowIfNegative(input.Contacts);
        return input.Contacts switch
        {
            0 => 2m,
            1 => 1m,
            _ when !input.ApplicantAtFault => 0m,
            _ => applicantFault == ApplicantFaultContacts.OnePoint ? 1m : null,
        };
    }

    // TT 01/2018/TT-VPCP Điều 13 khoản 4: no agency 2, only the one-stop unit 1, more than one 0.
    public static decimal AgenciesContacted(AgenciesContacted input)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentOutOfRangeException.ThrowIfNegative(input.OtherAgencies);
        return (input.OneStopUnit, input.OtherAgencies) switch
        {
            (false, 0) => 2m,
            (true, 0) => 1m,
            _ => 0m,
        };
    }

    // TT 01/2018/TT-VPCP Điều 13 khoản 5: ≥20 % (bộ, tỉnh), ≥50 % (huyện), 100 % (xã) decided at the one-stop unit 2; 100 % of eligible received/returned there 1.
    public static decimal? DecidedAtOneStop(OneStopDecisions input, OneStopThresholds? thresholds = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        Counts(input.ListedProcedures, input.DecidedAtOneStop);
        Counts(input.EligibleProcedures, input.ReceivedAndReturnedAtOneStop);
        if (input.ListedProcedures == 0)
        {
            return null;
        }

        var threshold = (thresholds ?? OneStopThresholds.Statutory).For(input.Level);
        if (AtLeast(input.DecidedAtOneStop, input.ListedProcedures, threshold))
        {
            return 2m;
        }

        return input.EligibleProcedures > 0 && input.ReceivedAndReturnedAtOneStop == input.EligibleProcedures ? 1m : 0m;
    }

    // TT 01/2018/TT-VPCP Điều 13 khoản 6: posted and electronic 2, either 1, none 0.
    public static decimal Publication(Publication input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return (input.Posted ? 1m : 0m) + (input.Electronic ? 1m : 0m);
    }

    // TT 01/2018/TT-VPCP Điều 13 khoản 7: ahead of time, no complaint 2; on time, no complaint 1; a founded complaint 0.
    public static decimal Attitude(Attitude input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input.FoundedComplaint || input.Time == OnTimeClass.Late ? 0m : TimePoints(input.Time);
    }

    // TT 01/2018/TT-VPCP Điều 13 khoản 8: none or 100 % on time 2; ≥90 % 1; <90 % or a prolonged case 0.
    public static decimal Petitions(PetitionHandling input)
    {
        ArgumentNullException.ThrowIfNull(input);
        Counts(input.Petitions, input.OnTime);
        if (input.Prolonged)
        {
            return 0m;
        }

        if (input.OnTime == input.Petitions)
        {
            return 2m;
        }

        return AtLeast(input.OnTime, input.Petitions, 90) ? 1m : 0m;
    }

    // TT 01/2018/TT-VPCP Điều 13 khoản 9: ≥20 % procedures at level 3–4, ≥30 % dossiers online, none overdue 2; 15–<30 % online, none overdue 1.
    public static decimal? OnlineService(OnlineService input)
    {
        ArgumentNullException.ThrowIfNull(input);
        Counts(input.Procedures, input.ProceduresLevel3Or4);
        Counts(input.Dossiers, input.OnlineDossiers);
        Counts(input.OnlineDossiers, input.OverdueOnlineDossiers);
        if (input.Procedures == 0 || input.Dossiers == 0)
        {
            return null;
        }

        if (input.OverdueOnlineDossiers > 0)
        {
            return 0m;
        }

        var thirtyOnline = AtLeast(input.OnlineDossiers, input.Dossiers, 30);
        if (thirtyOnline && AtLeast(input.ProceduresLevel3Or4, input.Procedures, 20))
        {
            return 2m;
        }

        return !thirtyOnline && AtLeast(input.OnlineDossiers, input.Dossiers, 15) ? 1m : 0m;
    }

    private static decimal TimePoints(OnTimeClass time) => time switch
    {
        OnTimeClass.Early => 2m,
        OnTimeClass.OnTime => 1m,
        _ => 0m,
    };

    /// <summary><paramref name="part"/> / <paramref name="whole"/> ≥ <paramref name="percent"/> %, exactly (in integers, no division).</summary>
    private static bool AtLeast(int part, int whole, int percent) => (long)part * 100 >= (long)percent * whole;

    private static void Counts(int whole, int part)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(part);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(part, whole);
    }
}

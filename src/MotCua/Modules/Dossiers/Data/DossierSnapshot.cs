using System.Globalization;
using MotCua.Modules.Organization.Auditing;

namespace MotCua.Modules.Dossiers.Data;

/// <summary>
/// The hash of a dossier's legally relevant state (ADR-027), sealed into each history event: a field changed in the
/// database without an event no longer matches the last event's hash. Covered: identity (id, agency, code and its date
/// and sequence), the procedure and version received under and its processing time (with its own cut-off rule), status,
/// channel and return method, the applicant (kind, name, identity number, tax code, address, phone, e-mail, authorised
/// person), the account and organisation that follow it, the e-form values, return address, set count and component
/// checklist, the submission, receipt, due and original due dates, the due date's explanation and who received it, the
/// desk's note, the proposed refusal, the outcome, result number, date and summary, finish and return (when, by whom,
/// how, tracking number, fees), stop or withdrawal (when, requested on, why), every supplement and extension, the event
/// count and the revision (which every event renews, so a row rolled back to an earlier history no longer matches). Not
/// covered: search text (derived), the pinned process and task counter (workflow bookkeeping), the intake key (a form's
/// one-time key).
/// </summary>
internal static class DossierSnapshot
{
    /// <summary>
    /// The format new events are sealed with (<see cref="DossierEvent.Format"/>). Covering another field means a new
    /// format: the field is added only from that format on, so events sealed before still hash as they were sealed.
    /// </summary>
    public const int CurrentFormat = 1;

    /// <summary>The state hash by <paramref name="format"/>, which also names the hash (its tag), so two formats never match.</summary>
    public static string Hash(Dossier d, int format = CurrentFormat)
    {
        using var c = new Canonical(string.Create(CultureInfo.InvariantCulture, $"dossier-state/{format}"));
        c.Add(d.Id);
        c.Add(d.AgencyId);
        c.Add(d.Code);
        c.Add(d.CodeDate);
        c.Add(d.CodeSequence);
        c.Add(d.ProcedureVersionId);
        c.Add(d.ProcedureCode);
        c.Add(d.ProcedureName);
        c.Add(d.ProcessingTimeAmount);
        c.Add((int)d.ProcessingTimeUnit);
        c.Add(d.CutOffTime);
        c.Add((int)d.Status);
        c.Add((int)d.Channel);
        c.Add((int)d.ReturnMethod);
        AddApplicant(c, d.Applicant);
        c.Add(d.OwnerId);
        c.Add(d.OrganisationId);
        c.Add(d.EFormValues);
        c.Add(d.ReturnAddress);
        c.Add(d.SetCount);
        c.Add(d.Components.Count);
        foreach (var component in d.Components)
        {
            c.Add(component.Position);
            c.Add(component.Name);
            c.Add((int)component.Form);
            c.Add(component.Count);
            c.Add(component.IsRequired);
            c.Add(component.Provided);
            c.Add(component.Problem);
            c.Add(component.Digitised);
            c.Add(component.Reused);
            c.Add((int)component.Exemption);
        }

        c.Add(d.SubmittedAt);
        c.Add(d.ReceivedAt);
        c.Add(d.DueAt);
        c.Add(d.OriginalDueAt);
        c.Add(d.ReceivedByUserId);
        c.Add(d.ReceivedByName);
        c.Add(d.DeskNote);
        c.Add(d.ProposedRefusal);
        c.Add((int?)d.Outcome);
        c.Add(d.ResultNumber);
        c.Add(d.ResultDate);
        c.Add(d.ResultSummary);
        c.Add(d.FinishedAt);
        c.Add(d.ReturnedAt);
        c.Add(d.ReturnedByName);
        c.Add((int?)d.ReturnedVia);
        c.Add(d.PostalTrackingNumber);
        c.Add((int)d.FeeStatus);
        c.Add(d.ClosedAt);
        c.Add(d.ClosingRequestedOn);
        c.Add(d.ClosingReason);
        AddSupplements(c, d.Supplements);
        AddExtensions(c, d.Extensions);
        AddApologies(c, d.Apologies);
        c.Add(d.EventCount);
        c.Add(d.Revision);

        // Added after states were first sealed (M0032): written only when set, so a state sealed before keeps its hash.
        if (d.CutOffChannels is not null || d.CutOffSource is not null || d.DueExplanation is not null)
        {
            c.Add((int?)d.CutOffChannels);
            c.Add(d.CutOffSource);
            c.Add(d.DueExplanation);
        }

        return c.Sha256();
    }

    private static void AddApplicant(Canonical c, Applicant a)
    {
        c.Add((int)a.Kind);
        c.Add(a.Name);
        c.Add(a.IdentityNumber);
        c.Add(a.TaxCode);
        c.Add(a.Address);
        c.Add(a.Phone);
        c.Add(a.Email);
        c.Add(a.ProxyName);
        c.Add(a.ProxyIdentityNumber);
        c.Add(a.ProxyPhone);
    }

    private static void AddSupplements(Canonical c, List<DossierSupplement> supplements)
    {
        c.Add(supplements.Count);
        foreach (var s in supplements)
        {
            c.Add(s.RequestedAt);
            c.Add(s.RequestedByName);
            c.Add(s.Request);
            c.Add(s.CompletedAt);
            c.Add(s.DueBefore);
            c.Add(s.DueAfter);
        }
    }

    private static void AddExtensions(Canonical c, List<DossierExtension> extensions)
    {
        c.Add(extensions.Count);
        foreach (var e in extensions)
        {
            c.Add(e.Number);
            c.Add(e.RequestedAt);
            c.Add(e.RequestedByName);
            c.Add(e.Reason);
            c.Add(e.PreviousDueAt);
            c.Add(e.ProposedDueAt);
            c.Add((int)e.Decision);
            c.Add(e.DecidedAt);
            c.Add(e.DecidedByName);
            c.Add(e.DecisionNote);
        }
    }

    private static void AddApologies(Canonical c, List<DossierApology> apologies)
    {
        c.Add(apologies.Count);
        foreach (var a in apologies)
        {
            c.Add(a.Number);
            c.Add(a.IssuedAt);
            c.Add(a.IssuedByName);
            c.Add(a.Reason);
            c.Add(a.DueAt);
            c.Add(a.NewAppointment);
            c.Add(a.IssuedAfterDue);
        }
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Common.Data;
using MotCua.Common.Errors;
using MotCua.Common.Localization;
using MotCua.Common.Time;
using MotCua.Common.Validation;
using MotCua.Modules.Calendar;
using MotCua.Modules.Catalog;
using MotCua.Modules.Dossiers.Codes;
using MotCua.Modules.Dossiers.Data;
using MotCua.Modules.Dossiers.Processing;
using MotCua.Modules.Dossiers.Timing;
using MotCua.Modules.Workflows;

namespace MotCua.Modules.Dossiers.ReceiveDossier;

/// <summary>
/// Tiếp nhận hồ sơ at the one-stop desk (NĐ 61/2018 Điều 17; NĐ 118/2025 Điều 17): checks what was handed in against the
/// procedure version in force and records one of three outcomes — accepted with a code and an appointment, returned for
/// completion, or refused. Used by the counter page and the dossier API alike.
/// </summary>
internal sealed class DeskIntake(
    AppDbContext db, PublishedProcedures procedures, WorkflowCatalog workflows, CalendarProvider calendars, DossierCodeAllocator codes,
    DossierProcessing processing, IOptions<DossierTimePolicy> timePolicy, TimeProvider clock)
{
    public const int MaxNoteLength = 2000;
    public const int MaxSetCount = 99;

    /// <summary>Why no dossier can be received for this code today: not in force yet (naming the date), or no such procedure in force.</summary>
    public async Task<string> NotInForceMessageAsync(string? code, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(code) || code.Length > 20 || await procedures.UpcomingFromAsync(code.Trim(), cancellationToken) is not { } from
            ? ResourceText.Get<DossiersText>("Intake_NoProcedureInForce")
            : ResourceText.Get<DossiersText>("Intake_ProcedureNotYetInForce", code.Trim(), CatalogFormat.Date(from));

    /// <summary>Checks the input; the failures are keyed by <see cref="IntakeInput"/> property name, one per field, in the user's language.</summary>
    public async Task<(PublishedProcedure? Procedure, IReadOnlyList<RuleFailure> Failures)> CheckAsync(
        IntakeInput input, DeskDecision decision, IReadOnlySet<SubmissionChannel> allowedChannels, CancellationToken cancellationToken)
    {
        List<RuleFailure>? failures = null;
        var procedure = string.IsNullOrWhiteSpace(input.ProcedureCode) || input.ProcedureCode.Length > 20
            ? null
            : await procedures.FindInForceAsync(input.ProcedureCode.Trim(), cancellationToken);
        if (procedure is null)
        {
            var notInForce = await NotInForceMessageAsync(input.ProcedureCode, cancellationToken);
            Set(ref failures, nameof(IntakeInput.ProcedureCode), notInForce);
        }

        CheckApplicant(input, ref failures);
        var channel = ParseEnum<SubmissionChannel>(input.Channel);
        if (channel is null || !allowedChannels.Contains(channel.Value))
        {
            Set(ref failures, nameof(IntakeInput.Channel), ResourceText.Get<DossiersText>("Intake_ChannelInvalid"));
        }
        else if (procedure is not null && !procedure.Channels.HasFlag(channel.Value.InCatalog()))
        {
            Set(ref failures, nameof(IntakeInput.Channel), ResourceText.Get<DossiersText>("Intake_ChannelNotOffered"));
        }

        if (ParseEnum<ReturnMethod>(input.ReturnMethod) is null)
        {
            Set(ref failures, nameof(IntakeInput.ReturnMethod), ResourceText.Get<DossiersText>("Intake_ReturnMethodRequired"));
        }

        if (input.SetCount is < 1 or > MaxSetCount)
        {
            Set(ref failures, nameof(IntakeInput.SetCount), ResourceText.Get<DossiersText>("Intake_SetCountRange", MaxSetCount));
        }

        if (input.Note?.Length > MaxNoteLength || input.Components.Any(c => c.Problem?.Length > 500))
        {
            Set(ref failures, nameof(IntakeInput.Note), ResourceText.Get<DossiersText>("Intake_NoteTooLong", MaxNoteLength));
        }

        if (procedure is not null)
        {
            CheckComponents(input, procedure, decision, ref failures);
            if (decision == DeskDecision.Accept && !await HasApprovedProcessAsync(procedure, cancellationToken))
            {
                Set(ref failures, nameof(IntakeInput.ProcedureCode), NoProcessMessage(procedure));
            }
        }

        if (decision == DeskDecision.Refuse && string.IsNullOrWhiteSpace(input.Note))
        {
            Set(ref failures, nameof(IntakeInput.Note), ResourceText.Get<DossiersText>("Intake_RefusalNeedsReason"));
        }

        return (procedure, (IReadOnlyList<RuleFailure>?)failures ?? []);
    }

    /// <summary>
    /// An accepted dossier must have somewhere to go: some agency has an approved internal process for the procedure
    /// version (NĐ 61/2018 Điều 18; TT 01/2018 Điều 3 — the internal process is approved before the procedure is handled).
    /// </summary>
    public async Task<bool> HasApprovedProcessAsync(PublishedProcedure procedure, CancellationToken cancellationToken) =>
        (await workflows.ListInForceAsync(procedure.VersionId, cancellationToken)).Count > 0;

    /// <summary>What the desk and the applicant are told when no agency has an approved process for the procedure.</summary>
    public static string NoProcessMessage(PublishedProcedure procedure) =>
        ResourceText.Get<DossiersText>("Intake_NoApprovedProcess", procedure.Code);

    /// <summary>
    /// Records the desk's decision on a new dossier, or on <paramref name="returned"/> (a dossier the desk asked to be
    /// completed, handed in again, or one submitted online). The input must have passed <see cref="CheckAsync"/>. <paramref name="beforeSave"/> may
    /// add rows that must be saved in the same transaction (e.g. the API's idempotency record).
    /// </summary>
    public async Task<Dossier> DecideAsync(
        IntakeInput input, PublishedProcedure procedure, DeskDecision decision, Guid agencyId, Actor actor, Dossier? returned,
        CancellationToken cancellationToken, Action<Dossier>? beforeSave = null)
    {
        var now = clock.GetUtcNow();
        var applicant = ToApplicant(input);
        var components = ToComponents(input, procedure);
        var channel = ParseEnum<SubmissionChannel>(input.Channel)!.Value;
        var returnMethod = ParseEnum<ReturnMethod>(input.ReturnMethod)!.Value;

        var dossier = returned;

        // A new dossier and every row that follows it are only inserted: they are kept out of the change tracker (ADR-045).
        using var newRows = dossier is null ? db.KeepNewRowsUntracked() : null;
        if (dossier is null)
        {
            dossier = Dossier.Submit(procedure, agencyId, applicant, channel, returnMethod, components, input.SetCount, now.UtcDateTime, actor, input.IntakeKey);
            db.AddNew(dossier);
        }
        else if (dossier.Status == DossierStatus.Submitted)
        {
            dossier.ReviewOnline(applicant, components);
        }
        else
        {
            dossier.Resubmit(applicant, components, input.SetCount, now.UtcDateTime, actor);
        }

        // Everything that does not need the code is read before the transaction: the agency-day counter is locked from the
        // allocation to the commit, so that span is kept short.
        var accepting = decision == DeskDecision.Accept;
        var due = accepting ? DueDates.Compute(
                await calendars.GetAsync(agencyId, cancellationToken), now, procedure.ProcessingTime, CutOffScope.For(timePolicy.Value, dossier.Channel, procedure.ProcessingTime)) : null;
        var work = await processing.LoadAsync(dossier, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // A failed save abandons the whole intake (the transaction rolls back), so EF's automatic savepoint around the save
        // would only add two statements while the code counter is locked (ADR-018).
        db.Database.AutoSavepointsEnabled = false;
        switch (decision)
        {
            case DeskDecision.Accept:
                var (code, sequence) = await codes.NextAsync(agencyId, VietnamTime.LocalDate(now), cancellationToken);
                dossier.Accept(code, sequence, now.UtcDateTime, due!.Due.UtcDateTime, actor, due.Explanation);

                // NĐ 61/2018 Điều 18: the accepted dossier goes on to the competent agency's process at once; when the desk must choose it, it waits.
                if (ProcessEngine.DefaultCompetentAgency(work) is { } competent)
                {
                    ProcessEngine.Start(work, competent, actor, now.UtcDateTime);
                }

                break;
            case DeskDecision.RequestCompletion:
                dossier.ReturnForCompletion(CompletionRequest(components, input.Note), now.UtcDateTime, actor);
                break;
            default:
                dossier.RefuseAtDesk(input.Note!.Trim(), now.UtcDateTime, actor);
                break;
        }

        processing.Stage(work);
        beforeSave?.Invoke(dossier);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw Dossier.ChangedMeanwhile();
        }

        await transaction.CommitAsync(cancellationToken);
        return dossier;
    }

    /// <summary>The text of Mẫu 02: every missing or faulty component, then the officer's note.</summary>
    public static string CompletionRequest(IEnumerable<SubmittedComponent> components, string? note)
    {
        var lines = components
            .Where(c => !c.Provided || !string.IsNullOrWhiteSpace(c.Problem))
            .Select(c => c.Name + ": " + (string.IsNullOrWhiteSpace(c.Problem) ? ResourceText.ForRecord<DossiersText>("Intake_ComponentNotSubmitted") : c.Problem.Trim()))
            .ToList();
        if (!string.IsNullOrWhiteSpace(note))
        {
            lines.Add(note.Trim());
        }

        return string.Join('\n', lines.Select((l, i) => $"{i + 1}. {l}"));
    }

    private static void CheckApplicant(IntakeInput input, ref List<RuleFailure>? failures)
    {
        var kind = ParseEnum<ApplicantKind>(input.ApplicantKind);
        if (kind is null)
        {
            Set(ref failures, nameof(IntakeInput.ApplicantKind), ResourceText.Get<DossiersText>("Intake_ApplicantKindRequired"));
        }

        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Trim().Length > 200)
        {
            Set(ref failures, nameof(IntakeInput.Name), ResourceText.Get<DossiersText>("Intake_NameRequired"));
        }

        Set(ref failures, kind == ApplicantKind.Organisation
            ? ApplicantRules.CheckTaxCode(nameof(IntakeInput.TaxCode), input.TaxCode)
            : ApplicantRules.CheckIdentityNumber(nameof(IntakeInput.IdentityNumber), input.IdentityNumber));

        if (string.IsNullOrWhiteSpace(input.Address) || input.Address.Trim().Length > 500)
        {
            Set(ref failures, nameof(IntakeInput.Address), ResourceText.Get<DossiersText>("Intake_AddressRequired"));
        }

        Set(ref failures, ApplicantRules.CheckPhone(nameof(IntakeInput.Phone), input.Phone, required: true));
        Set(ref failures, ApplicantRules.CheckEmail(nameof(IntakeInput.Email), input.Email));
        var hasProxy = !string.IsNullOrWhiteSpace(input.ProxyName) || !string.IsNullOrWhiteSpace(input.ProxyIdentityNumber);
        if (hasProxy)
        {
            if (string.IsNullOrWhiteSpace(input.ProxyName) || input.ProxyName.Trim().Length > 200)
            {
                Set(ref failures, nameof(IntakeInput.ProxyName), ResourceText.Get<DossiersText>("Intake_ProxyNameRequired"));
            }

            Set(ref failures, ApplicantRules.CheckIdentityNumber(nameof(IntakeInput.ProxyIdentityNumber), input.ProxyIdentityNumber));
            Set(ref failures, ApplicantRules.CheckPhone(nameof(IntakeInput.ProxyPhone), input.ProxyPhone, required: false));
        }
    }

    private static void CheckComponents(IntakeInput input, PublishedProcedure procedure, DeskDecision decision, ref List<RuleFailure>? failures)
    {
        var positions = input.Components.Select(c => c.Position).ToList();
        if (positions.Distinct().Count() != positions.Count || positions.Any(p => p < 1 || p > procedure.Components.Count))
        {
            Set(ref failures, nameof(IntakeInput.Components), ResourceText.Get<DossiersText>("Intake_ComponentsMismatch"));
            return;
        }

        // TT 03/2025/TT-VPCP Điều 5 and Bộ chỉ số 766 chỉ số 4.2: "số hóa" means a stored file, or a listed reason for none.
        if (input.Components.FirstOrDefault(c => c.Digitised) is { } ticked)
        {
            Set(ref failures, nameof(IntakeInput.Components), ResourceText.Get<DossiersText>("Intake_DigitisedNeedsFile", ticked.Position));
            return;
        }

        if (input.Components.FirstOrDefault(c => !string.IsNullOrEmpty(c.Exemption) && ParseEnum<DigitisationExemption>(c.Exemption) is null or DigitisationExemption.None) is { } unknown)
        {
            Set(ref failures, nameof(IntakeInput.Components), ResourceText.Get<DossiersText>("Intake_ExemptionInvalid", unknown.Position));
            return;
        }

        var components = ToComponents(input, procedure);
        var missing = components.Where(c => c.IsRequired && !c.Provided).Select(c => c.Name).ToList();
        var faulty = components.Any(c => !string.IsNullOrWhiteSpace(c.Problem));
        switch (decision)
        {
            // NĐ 61/2018 Điều 17 khoản 1 điểm c: a dossier is accepted only when complete.
            case DeskDecision.Accept when missing.Count > 0:
                Set(ref failures, nameof(IntakeInput.Components), ResourceText.Get<DossiersText>("Intake_Missing", string.Join("; ", missing)));
                break;
            case DeskDecision.Accept when faulty:
                Set(ref failures, nameof(IntakeInput.Components), ResourceText.Get<DossiersText>("Intake_Faulty"));
                break;

            // NĐ 61/2018 Điều 15: the request names everything to complete, once ("một lần đầy đủ").
            case DeskDecision.RequestCompletion when missing.Count == 0 && !faulty && string.IsNullOrWhiteSpace(input.Note):
                Set(ref failures, nameof(IntakeInput.Note), ResourceText.Get<DossiersText>("Intake_CompletionNeedsNote"));
                break;
        }
    }

    private static Applicant ToApplicant(IntakeInput input)
    {
        var kind = ParseEnum<ApplicantKind>(input.ApplicantKind)!.Value;
        var hasProxy = !string.IsNullOrWhiteSpace(input.ProxyName);
        return new Applicant
        {
            Kind = kind,
            Name = input.Name!.Trim(),
            IdentityNumber = kind == ApplicantKind.Individual ? input.IdentityNumber!.Trim() : null,
            TaxCode = kind == ApplicantKind.Organisation ? input.TaxCode!.Trim() : null,
            Address = input.Address!.Trim(),
            Phone = ApplicantRules.NormalisePhone(input.Phone),
            Email = string.IsNullOrWhiteSpace(input.Email) ? null : input.Email.Trim(),
            ProxyName = hasProxy ? input.ProxyName!.Trim() : null,
            ProxyIdentityNumber = hasProxy ? input.ProxyIdentityNumber?.Trim() : null,
            ProxyPhone = hasProxy ? ApplicantRules.NormalisePhone(input.ProxyPhone) : null,
        };
    }

    private static List<SubmittedComponent> ToComponents(IntakeInput input, PublishedProcedure procedure)
    {
        var checkedByPosition = input.Components.ToDictionary(c => c.Position);
        return procedure.Components.Select(c =>
        {
            checkedByPosition.TryGetValue(c.Position, out var check);
            return new SubmittedComponent
            {
                Position = c.Position,
                Name = c.Name,
                Form = c.Forms,
                Count = c.Count,
                IsRequired = c.IsRequired,
                Provided = check?.Provided == true,
                Exemption = check?.Provided == true && ParseEnum<DigitisationExemption>(check.Exemption) is { } reason ? reason : DigitisationExemption.None,
                Problem = string.IsNullOrWhiteSpace(check?.Problem) ? null : check.Problem.Trim(),
            };
        }).ToList();
    }

    private static T? ParseEnum<T>(string? value)
        where T : struct, Enum => TypedValues.Named<T>(value);

    private static void Set(ref List<RuleFailure>? failures, string field, string message) => Set(ref failures, new RuleFailure(field, message));

    // The form shows one message under each field: a later check of the same field replaces the earlier one.
    private static void Set(ref List<RuleFailure>? failures, RuleFailure? failure)
    {
        if (failure is null)
        {
            return;
        }

        failures ??= [];
        for (var i = 0; i < failures.Count; i++)
        {
            if (failures[i].Field == failure.Field)
            {
                failures[i] = failure;
                return;
            }
        }

        failures.Add(failure);
    }
}

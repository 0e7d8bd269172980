using MotCua.Modules.Notifications;

namespace MotCua.Modules.Dossiers;

/// <summary>
/// What follows a change of a dossier (ADR-038): told of every event a dossier's history records, in the unit of work that
/// records it. A handler only adds rows or messages to that unit of work (the caller saves them with the change, or not
/// at all); it never saves, never calls out, and is told once per event. Registered with
/// <see cref="DossierLifecycleRegistration.AddDossierLifecycleHandler{T}"/>.
/// </summary>
internal interface IDossierLifecycleHandler
{
    /// <summary>
    /// Where the handler runs among the others, lowest first; each handler has its own: 100 the applicant's e-mail and SMS
    /// (Dossiers), 200 the citizen's in-app notices (Portal), 300 the metrics' facts (Metrics). A new module takes a free
    /// number after the ones whose rows it should follow.
    /// </summary>
    int Order { get; }

    /// <summary>Adds what follows <paramref name="change"/> to the unit of work.</summary>
    void Handle(DossierChange change);
}

/// <summary>
/// One event of a dossier's history as the lifecycle handlers see it: the event (action, sequence, time, status before
/// and after) and the dossier as the unit of work leaves it (code, agency, procedure, channel, following account, and its
/// figures).
/// </summary>
/// <param name="StatusBefore">The status before the event; null for the dossier's first event.</param>
/// <param name="StatusAfter">The status after the event (the same as before when the event does not change it).</param>
/// <param name="Notice">What the applicant is told of the event, or null when the event is not one they hear of.</param>
/// <param name="Figures">The dossier's figures as the unit of work leaves it (<see cref="DossierFigures.Of"/>; ADR-049).</param>
internal sealed record DossierChange(
    Guid DossierId,
    string? Code,
    Guid AgencyId,
    string ProcedureCode,
    SubmissionChannel Channel,
    Guid? OwnerId,
    int Sequence,
    DateTime At,
    DossierAction Action,
    DossierStatus? StatusBefore,
    DossierStatus StatusAfter,
    ApplicantNotice? Notice,
    DossierFigures Figures);

/// <summary>
/// A notice to the applicant of a dossier, written in Vietnamese for the record (NĐ 61/2018 Điều 17 khoản 2, Điều 19
/// khoản 9; NĐ 224/2026 Điều 15), with where to send it.
/// </summary>
/// <param name="Reference">The dossier's code, or a short id before it has one: the outbox's reference.</param>
internal sealed record ApplicantNotice(MessageKind Kind, string Subject, string Body, string? Email, string? Phone, string Reference);

/// <summary>The registration of lifecycle handlers.</summary>
internal static class DossierLifecycleRegistration
{
    /// <summary>Adds <typeparamref name="T"/> (scoped, like the unit of work it writes to) to the handlers of every dossier change.</summary>
    public static IServiceCollection AddDossierLifecycleHandler<T>(this IServiceCollection services)
        where T : class, IDossierLifecycleHandler =>
        services.AddScoped<IDossierLifecycleHandler, T>();
}

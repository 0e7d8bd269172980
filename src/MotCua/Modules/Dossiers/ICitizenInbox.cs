using MotCua.Modules.Notifications;

namespace MotCua.Modules.Dossiers;

/// <summary>
/// The in-app notices of the citizen accounts that submitted dossiers online, kept by the citizen portal (ADR-036): the
/// dossiers module tells it of an event the applicant must hear of, in the unit of work of the change, so a rolled-back
/// change leaves no notice. The implementation adds without saving.
/// </summary>
internal interface ICitizenInbox
{
    /// <summary>Adds a notice of <paramref name="kind"/> about <paramref name="dossierId"/> for <paramref name="userId"/> to the unit of work.</summary>
    void Add(Guid userId, Guid dossierId, MessageKind kind, string text);
}

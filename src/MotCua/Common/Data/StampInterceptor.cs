using Microsoft.EntityFrameworkCore;

namespace MotCua.Common.Data;

/// <summary>A one-row stamp that a save renews when the data it stands for changes (ADR-008, ADR-018).</summary>
internal interface IStampRow
{
    /// <summary>Writes a new random value: any new value differs from every value a node may have read.</summary>
    void Renew();
}

/// <summary>
/// Renews the <typeparamref name="TStamp"/> row in every save that changes the data it stands for, so the stamp moves in
/// the same transaction as the data on whichever node saves it, and drops this node's copy of that data at once
/// (ADR-008, ADR-018). Each stamp says which changes count; the renewal is the same for all.
/// </summary>
internal abstract class StampInterceptor<TStamp> : SavingInterceptor
    where TStamp : class, IStampRow, new()
{
    /// <summary>Whether the pending changes touch the data the stamp stands for.</summary>
    protected abstract bool ChangesStampedData(DbContext context);

    /// <summary>Drops this node's in-memory copy of the stamped data.</summary>
    protected abstract void ForgetLocalCopy();

    protected sealed override void Saving(DbContext context)
    {
        if (!ChangesStampedData(context))
        {
            return;
        }

        var entry = PendingChanges.Entries<TStamp>(context).FirstOrDefault() ?? context.Attach(new TStamp());
        entry.Entity.Renew();
        entry.State = EntityState.Modified;
        // This node's next lookup reads the stamp again rather than trusting its last read for up to a second.
        ForgetLocalCopy();
    }
}

using System.Linq.Expressions;
using OpenGovInfo.Domain.Calendar;
using OpenGovInfo.Domain.Publishing;

namespace OpenGovInfo.Platform.Publishing;

/// <summary>Shared projections, so that lists, pages and the API show the same fields.</summary>
internal static class ItemProjections
{
    public static IQueryable<Item> Public(this IQueryable<Item> items) => items.Where(i => i.State == ItemState.Published);

    public static Expression<Func<Item, ItemRow>> Row { get; } = i => new ItemRow(
        i.Id, i.AgencyId, i.Title, i.CategoryCode, i.Topic, i.IndexNumber, i.FormedOn, i.PublishedAt, i.IssuingAgency,
        i.State, i.PublishBy);

    public static ItemSummary ToSummary(this ItemRow r) => new(
        r.Id, r.AgencyId, r.Title, r.CategoryCode, (InformationCategory.FromCode(r.CategoryCode) ?? InformationCategory.Other).Name,
        r.Topic, r.IndexNumber, r.FormedOn, r.PublishedAt is { } at ? ChinaTime.DateOf(at) : null, r.IssuingAgency, r.State,
        r.PublishBy);
}

/// <summary>The columns of a list row as read from the database.</summary>
internal sealed record ItemRow(
    int Id, int AgencyId, string Title, string CategoryCode, string? Topic, string? IndexNumber, DateOnly FormedOn,
    DateTimeOffset? PublishedAt, string IssuingAgency, ItemState State, DateOnly? PublishBy);

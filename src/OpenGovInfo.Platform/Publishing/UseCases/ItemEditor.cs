using OpenGovInfo.Domain.Calendar;
using OpenGovInfo.Domain.Publishing;
using OpenGovInfo.Platform.Agencies;
using OpenGovInfo.Platform.Calendar;
using OpenGovInfo.Platform.Common;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.Publishing;

/// <summary>
/// Validates <see cref="ItemInput"/> and copies it onto an <see cref="Item"/> (sanitising the body on save), with the
/// publish-by date counted on the installation's current calendar.
/// </summary>
public sealed class ItemEditor(RichTextSanitizer sanitizer, TimeProvider clock, CalendarStore calendars, OpenGovInfoDbContext db)
{
    /// <summary>Errors in Chinese, by field; empty when the input may be stored.</summary>
    public IReadOnlyList<Error> Check(ItemInput input)
    {
        var errors = new List<Error>();
        if (string.IsNullOrWhiteSpace(input.Title))
        {
            errors.Add(new Error(ErrorCodes.Required, "请填写标题。", nameof(ItemInput.Title)));
        }
        else if (input.Title.Trim().Length > Item.TitleMaxLength)
        {
            errors.Add(new Error(ErrorCodes.TooLong, $"标题不能超过 {Item.TitleMaxLength} 个字。", nameof(ItemInput.Title)));
        }

        if ((input.BodyHtml?.Length ?? 0) > Item.BodyMaxLength)
        {
            errors.Add(new Error(ErrorCodes.TooLong, $"正文不能超过 {Item.BodyMaxLength} 个字符。", nameof(ItemInput.BodyHtml)));
        }
        else if (sanitizer.CheckNesting(input.BodyHtml, "正文") is { } nesting)
        {
            errors.Add(new Error(ErrorCodes.TooDeep, nesting, nameof(ItemInput.BodyHtml)));
        }

        if (InformationCategory.FromCode(input.CategoryCode ?? string.Empty) is null)
        {
            errors.Add(new Error(ErrorCodes.Invalid, "请选择信息类别。", nameof(ItemInput.CategoryCode)));
        }

        if (input.FormedOn > ChinaTime.Today(clock))
        {
            errors.Add(new Error(ErrorCodes.Invalid, "生成日期不能晚于今天。", nameof(ItemInput.FormedOn)));
        }

        if ((input.Topic?.Length ?? 0) > 50 || (input.DocumentNumber?.Length ?? 0) > 100)
        {
            errors.Add(new Error(ErrorCodes.TooLong, "主题不能超过 50 个字，文号不能超过 100 个字。", nameof(ItemInput.Topic)));
        }

        return errors;
    }

    /// <summary>Copies checked input onto <paramref name="item"/>.</summary>
    public async Task ApplyAsync(Item item, ItemInput input, string issuingAgency, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input is not { Title: { } title, CategoryCode: { } categoryCode })
        {
            throw new ArgumentException("Check the input before applying it: title and category are required.", nameof(input));
        }

        var calendar = await calendars.CurrentAsync(db, cancellationToken);
        item.Title = title.Trim();
        // Plain text keeps its paragraphs (HTML would fold the line breaks away).
        item.BodyHtml = sanitizer.Sanitize(Documents.Html.PlainTextBody.ToHtml(input.BodyHtml));
        item.BodyText = HtmlText.Of(item.BodyHtml);
        item.CategoryCode = categoryCode;
        item.Topic = Blank(input.Topic);
        item.DocumentNumber = Blank(input.DocumentNumber);
        item.IssuingAgency = issuingAgency;
        item.FormedOn = input.FormedOn;
        var deadline = new StatutoryClock(calendar).PublishBy(input.FormedOn).Deadline;
        (item.PublishBy, item.PublishByProvisional, item.PublishByBefore) = (deadline?.Due, deadline?.Provisional ?? false, null);
        item.Validity = input.Validity;
        item.Channels = input.Channels;
        item.UpdatedAt = clock.GetUtcNow().ToUniversalTime();
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

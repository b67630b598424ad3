import type {
  ContextMenuParams,
  Menu as ElectronMenu,
  MenuItemConstructorOptions,
  WebContents,
} from 'electron';

export interface ContextMenuActions {
  replaceMisspelling(word: string): void;
  addToDictionary(word: string): void;
}

type Params = Pick<
  ContextMenuParams,
  'isEditable' | 'selectionText' | 'misspelledWord' | 'dictionarySuggestions' | 'editFlags'
>;

/**
 * The right-click menu on editable fields and selections: spelling suggestions and "Add to dictionary" for a
 * misspelled word, then cut, copy, paste and select all (each enabled as Chromium says it can be). Nothing for a
 * plain click elsewhere (an empty list: no menu).
 */
const contextMenuTemplate = (p: Params, actions: ContextMenuActions): MenuItemConstructorOptions[] => {
  const hasSelection = p.selectionText.trim().length > 0;
  if (!p.isEditable && !hasSelection) return [];
  const spelling: MenuItemConstructorOptions[] =
    p.isEditable && p.misspelledWord
      ? [
          ...(p.dictionarySuggestions.length > 0
            ? p.dictionarySuggestions.slice(0, 5).map((word) => ({
                label: word,
                click: () => actions.replaceMisspelling(word),
              }))
            : [{ label: 'No spelling suggestions', enabled: false }]),
          { label: 'Add to dictionary', click: () => actions.addToDictionary(p.misspelledWord) },
          { type: 'separator' },
        ]
      : [];
  const edit: MenuItemConstructorOptions[] = p.isEditable
    ? [
        { role: 'cut', enabled: p.editFlags.canCut },
        { role: 'copy', enabled: p.editFlags.canCopy },
        { role: 'paste', enabled: p.editFlags.canPaste },
        { type: 'separator' },
        { role: 'selectAll', enabled: p.editFlags.canSelectAll },
      ]
    : [{ role: 'copy', enabled: p.editFlags.canCopy }];
  return [...spelling, ...edit];
};

/** Shows the menu above on every right-click in a web contents (nothing for a plain click elsewhere). */
export const attachContextMenu = (
  contents: Pick<WebContents, 'on' | 'replaceMisspelling' | 'session'>,
  Menu: Pick<typeof ElectronMenu, 'buildFromTemplate'>,
): void => {
  contents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(params, {
      replaceMisspelling: (word) => contents.replaceMisspelling(word),
      addToDictionary: (word) => contents.session.addWordToSpellCheckerDictionary(word),
    });
    if (template.length > 0) Menu.buildFromTemplate(template).popup();
  });
};

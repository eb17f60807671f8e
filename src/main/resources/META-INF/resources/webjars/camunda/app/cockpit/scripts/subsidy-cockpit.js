/*
 * skill-subsidy's additions to Camunda Cockpit 7.24, loaded through `customScripts` in config.js: the variables table
 * (commons-ui's cam-widget-variables-table) writes its "Actions" header and "Download" link as fixed English, the
 * variable types as the engine's names (String, Long, Object …) and a JSON object variable as its Java class
 * (java.util.ArrayList<…>). Administrators read them in Chinese; an object's Java class stays in its tooltip, for
 * developers.
 */

/** The engine's value types, as a reader of the table understands them. */
export const TYPE_LABELS = {
  String: '文本',
  Boolean: '是/否',
  Short: '整数',
  Integer: '整数',
  Long: '整数',
  Double: '小数',
  Date: '日期',
  Object: '对象',
  Json: 'JSON',
  Xml: 'XML',
  Bytes: '二进制数据',
  File: '文件',
  Null: '空值'
};

/** What a JSON-serialized Java object is, instead of its class name. */
export function objectLabel(javaType) {
  if (/List|Collection|Set|\[\]/.test(javaType.split('<')[0])) {
    return '列表（点击查看内容）';
  }
  return '对象（点击查看内容）';
}

/**
 * Rewrites the element's text node in place: AngularJS keeps updating that node when the bound value changes (a new
 * text then is translated again), which it could not if the node were replaced.
 */
function relabel(element, label, keepOriginalAsTooltip = true) {
  const original = element.textContent.trim();
  const node = Array.from(element.childNodes).find(child => child.nodeType === Node.TEXT_NODE && child.data.trim());
  if (node && original !== label) {
    if (keepOriginalAsTooltip) {
      element.setAttribute('title', original);
    }
    node.data = label;
  }
}

/** Other fixed English of the bundle: the diagram's zoom buttons, screen-reader texts of buttons. */
const TITLES = {'zoom in': '放大', 'zoom out': '缩小', 'reset zoom': '重置缩放'};
const SCREEN_READER_TEXTS = {Close: '关闭', CAM_WIDGET_HEADER_TOGGLE_NAVIGATION: '展开/收起导航'};

function translate(root) {
  if (!root.querySelectorAll) {
    return;
  }
  root.querySelectorAll('table.cam-table thead td.actions').forEach(cell => {
    if (cell.textContent.trim() === 'Actions') {
      relabel(cell, '操作', false);
    }
  });
  root.querySelectorAll('table.cam-table td.col-type > div').forEach(cell => {
    const label = TYPE_LABELS[cell.textContent.trim()];
    if (label) {
      relabel(cell, label, false);
    }
  });
  root.querySelectorAll('[title]').forEach(element => {
    const title = TITLES[element.getAttribute('title')];
    if (title) {
      element.setAttribute('title', title);
    }
  });
  root.querySelectorAll('.sr-only').forEach(element => {
    const text = SCREEN_READER_TEXTS[element.textContent.trim()];
    if (text) {
      relabel(element, text, false);
    }
  });
  root.querySelectorAll('table.cam-table td.col-value a[ng-click^="editVariableValue"]').forEach(link => {
    const text = link.textContent.trim();
    if (/^[\w$.]+(<.*>)?$/.test(text) && text.includes('.')) {
      relabel(link, objectLabel(text));
    } else if (text === '<undefined>') {
      relabel(link, '（未定义）', false);
    }
  });
  root.querySelectorAll('table.cam-table td.col-value a[download]').forEach(link => {
    if (link.textContent.trim() === 'Download') {
      relabel(link, '下载', false);
    }
  });
  root.querySelectorAll('select[ng-model*="type"] option, select[ng-model*="Type"] option').forEach(option => {
    const label = TYPE_LABELS[option.textContent.trim()];
    if (label) {
      relabel(option, `${label}（${option.textContent.trim()}）`, false);
    }
  });
}

let scheduled = false;
new MutationObserver(() => {
  if (!scheduled) {
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      translate(document);
    });
  }
}).observe(document.documentElement, {childList: true, subtree: true, characterData: true});

export default [];

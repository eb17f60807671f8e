/*
 * skill-subsidy's additions to Camunda Cockpit 7.24, loaded through `customScripts` in config.js: the variables table
 * (commons-ui's cam-widget-variables-table) writes its "Actions" header and "Download" link as fixed English, the
 * variable types as the engine's names (String, Long, Object …) and a JSON object variable as its Java class
 * (java.util.ArrayList<…>). Administrators read them in Chinese; the original stays in the cell's tooltip.
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
function relabel(element, label) {
  const original = element.textContent.trim();
  const node = Array.from(element.childNodes).find(child => child.nodeType === Node.TEXT_NODE && child.data.trim());
  if (node && original !== label) {
    element.setAttribute('title', original);
    node.data = label;
  }
}

function translate(root) {
  if (!root.querySelectorAll) {
    return;
  }
  root.querySelectorAll('table.cam-table thead td.actions').forEach(cell => {
    if (cell.textContent.trim() === 'Actions') {
      relabel(cell, '操作');
    }
  });
  root.querySelectorAll('table.cam-table td.col-type > div').forEach(cell => {
    const label = TYPE_LABELS[cell.textContent.trim()];
    if (label) {
      relabel(cell, label);
    }
  });
  root.querySelectorAll('table.cam-table td.col-value a[ng-click^="editVariableValue"]').forEach(link => {
    const text = link.textContent.trim();
    if (/^[\w$.]+(<.*>)?$/.test(text) && text.includes('.')) {
      relabel(link, objectLabel(text));
    } else if (text === '<undefined>') {
      relabel(link, '（未定义）');
    }
  });
  root.querySelectorAll('table.cam-table td.col-value a[download]').forEach(link => {
    if (link.textContent.trim() === 'Download') {
      relabel(link, '下载');
    }
  });
  root.querySelectorAll('select[ng-model*="type"] option, select[ng-model*="Type"] option').forEach(option => {
    const label = TYPE_LABELS[option.textContent.trim()];
    if (label) {
      relabel(option, `${label}（${option.textContent.trim()}）`);
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
